import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { conflict, notFound } from '../common/errors/app-error';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumReaction } from './forum.entities';
import { ReactionKind } from './forum.enums';

const UNIQUE_VIOLATION = '23505';

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
      try {
        await manager.getRepository(ForumReaction).insert({ postId, memberId: v.memberId, kind });
      } catch (e) {
        if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
          throw conflict('Sie haben auf diesen Beitrag bereits so reagiert.', 'kind');
        }
        throw e;
      }
    });
  }

  async unreact(v: ForumViewer, postId: string, kind: ReactionKind): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.access.readablePost(v, postId, manager);
      const result = await manager.getRepository(ForumReaction).delete({ postId, memberId: v.memberId, kind });
      if (!result.affected) throw notFound('Die Reaktion');
    });
  }
}
