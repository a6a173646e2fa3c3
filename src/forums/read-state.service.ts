import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../common/errors/app-error';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumCategoryWatch, ForumTopicWatch } from './forum.entities';
import { WatchLevel } from './forum.enums';

/** Read positions and watch levels of a member. */
@Injectable()
export class ReadStateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  /** Moves the read position forward only: reading an old post again does not make newer ones unread. */
  async advance(
    manager: EntityManager,
    memberId: string,
    topicId: string,
    postNumber: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO forum_read_states (member_id, topic_id, last_read_post_number) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, topic_id) DO UPDATE
         SET last_read_post_number = GREATEST(forum_read_states.last_read_post_number, EXCLUDED.last_read_post_number), updated_at = now()`,
      [memberId, topicId, postNumber],
    );
  }

  async markTopicRead(v: ForumViewer, topicId: string, postNumber: number): Promise<void> {
    if (!Number.isInteger(postNumber) || postNumber < 1)
      throw badInput('postNumber', 'Die Beitragsnummer muss mindestens 1 sein.');
    await this.db.transaction(async (manager) => {
      const { topic } = await this.access.readableTopic(v, topicId, manager);
      // Clamped: a number beyond the last post would silently mark future posts as read.
      await this.advance(manager, v.memberId, topic.id, Math.min(postNumber, topic.lastPostNumber));
    });
  }

  async watchTopic(v: ForumViewer, topicId: string, level: WatchLevel): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.access.readableTopic(v, topicId, manager);
      await manager
        .getRepository(ForumTopicWatch)
        .upsert({ memberId: v.memberId, topicId, level }, ['memberId', 'topicId']);
    });
  }

  async watchCategory(v: ForumViewer, categoryId: string, level: WatchLevel): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.access.readableCategory(v, categoryId, manager);
      await manager
        .getRepository(ForumCategoryWatch)
        .upsert({ memberId: v.memberId, categoryId, level }, ['memberId', 'categoryId']);
    });
  }
}
