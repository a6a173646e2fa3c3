import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';
import { ForumAccessService } from './forum-access.service';
import { FORUM_ENTITIES } from './forum.entities';
import { ForumLoaders } from './forum.loaders';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { PostNotifier } from './post-notifier';
import { PostsResolver, QuoteResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { ReactionsService } from './reactions.service';
import { ReadStateService } from './read-state.service';
import { SearchService } from './search.service';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  imports: [TypeOrmModule.forFeature(FORUM_ENTITIES)],
  providers: [
    ForumAccessService,
    CategoriesService,
    TopicsService,
    PostsService,
    ReactionsService,
    ReadStateService,
    SearchService,
    ModerationService,
    PostNotifier,
    ForumLoaders,
    CategoriesResolver,
    TopicsResolver,
    PostsResolver,
    QuoteResolver,
    ModerationResolver,
  ],
  // Other domains (search across the platform, seed) reuse the audience rule rather than copy it.
  exports: [ForumAccessService, CategoriesService, TopicsService],
})
export class ForumsModule {}
