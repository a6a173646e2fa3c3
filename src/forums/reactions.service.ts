import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/errors/app-error';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumReaction } from './forum.entities';
import { ReactionKind } from './forum.enums';

/** One reaction per member, post and kind. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  async react(v: ForumViewer, postId: string, kind: ReactionKind): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.access.readablePost(v, postId, manager);
      // ON CONFLICT instead of catching the unique violation: an expected refusal is no database error.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO forum_reactions (post_id, member_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id`,
        [postId, v.memberId, kind],
      );
      if (!inserted.length)
        throw conflict('Sie haben auf diesen Beitrag bereits so reagiert.', 'kind');
    });
  }

  async unreact(v: ForumViewer, postId: string, kind: ReactionKind): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.access.readablePost(v, postId, manager);
      const result = await manager
        .getRepository(ForumReaction)
        .delete({ postId, memberId: v.memberId, kind });
      if (!result.affected) throw notFound('Die Reaktion');
    });
  }
}
