import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Member } from '../members/member.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { FlagReason, FlagStatus, ReactionKind, WatchLevel } from './forum.enums';

/**
 * A forum category and its audience. A member reads when their organisation kind is in
 * `readKinds` and, if `organisationIds` is not empty (a sharing group), their organisation is listed.
 */
@Entity('forum_categories')
export class ForumCategory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_forum_categories_name', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20, array: true })
  readKinds: OrganisationKind[];

  @Column({ type: 'varchar', length: 20, array: true })
  postKinds: OrganisationKind[];

  /** Empty: no narrowing. Otherwise only members of these organisations (and staff) take part. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  organisationIds: string[];

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('forum_topics')
@Index('ix_forum_topics_category_latest', ['categoryId', 'pinned', 'lastPostAt', 'id'])
@Index('ix_forum_topics_latest', ['lastPostAt', 'id'])
@Index('ix_forum_topics_author', ['authorId', 'createdAt'])
/** GIN index on title_vector, written by hand in the migration (TypeORM cannot declare GIN). */
@Index('ix_forum_topics_title_vector', { synchronize: false })
export class ForumTopic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ForumCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: ForumCategory;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Member;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /**
   * to_tsvector('german', title), kept by a trigger (migration SearchVectors) in the statement that
   * writes the title; search matches and ranks with it. Never selected, never written by the app.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  titleVector?: string;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lockedAt: Date | null;

  /** The highest post number handed out (hidden and deleted posts included). */
  @Column({ type: 'int', default: 0 })
  lastPostNumber: number;

  /** Millisecond precision so that a JavaScript Date in a keyset cursor is exact. */
  @Column({ type: 'timestamptz', precision: 3 })
  lastPostAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('forum_posts')
@Unique('uq_forum_posts_topic_number', ['topicId', 'postNumber'])
@Index('ix_forum_posts_author', ['authorId', 'createdAt'])
/** GIN index on search_vector, written by hand in the migration (TypeORM cannot declare GIN). */
@Index('ix_forum_posts_search_vector', { synchronize: false })
export class ForumPost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  topicId: string;

  @ManyToOne(() => ForumTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: ForumTopic;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Member;

  @Column({ type: 'int' })
  postNumber: number;

  /** The Markdown as written; emptied when the author deletes the post. */
  @Column({ type: 'text' })
  raw: string;

  /** Rendered and sanitised HTML (renderMarkdown). */
  @Column({ type: 'text' })
  html: string;

  /** Plain text of the rendered post: what full-text search indexes and excerpts are cut from. */
  @Column({ type: 'text' })
  plain: string;

  /**
   * to_tsvector('german', plain), kept by a trigger (migration SearchVectors) in the statement that
   * writes the text: insert, edit, soft delete. Search matches and ranks with it instead of
   * recomputing to_tsvector per hit. Never selected, never written by the app.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ type: 'uuid', nullable: true })
  replyToPostId: string | null;

  @Column({ type: 'uuid', nullable: true })
  quotedPostId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** The previous text of a post, written on every edit. */
@Entity('forum_post_revisions')
@Unique('uq_forum_post_revisions_number', ['postId', 'revision'])
export class ForumPostRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => ForumPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: ForumPost;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  raw: string;

  @Column({ type: 'uuid' })
  editedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('forum_reactions')
export class ForumReaction {
  @PrimaryColumn({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => ForumPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: ForumPost;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @PrimaryColumn({ type: 'enum', enum: ReactionKind, enumName: 'forum_reaction_kind' })
  kind: ReactionKind;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('forum_read_states')
export class ForumReadState {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  topicId: string;

  @ManyToOne(() => ForumTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: ForumTopic;

  @Column({ type: 'int' })
  lastReadPostNumber: number;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('forum_category_watches')
@Index('ix_forum_category_watches_category', ['categoryId', 'level'])
export class ForumCategoryWatch {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ForumCategory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: ForumCategory;

  @Column({ type: 'enum', enum: WatchLevel, enumName: 'forum_watch_level' })
  level: WatchLevel;
}

@Entity('forum_topic_watches')
@Index('ix_forum_topic_watches_topic', ['topicId', 'level'])
export class ForumTopicWatch {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  topicId: string;

  @ManyToOne(() => ForumTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: ForumTopic;

  @Column({ type: 'enum', enum: WatchLevel, enumName: 'forum_watch_level' })
  level: WatchLevel;
}

@Entity('forum_flags')
@Index('ix_forum_flags_status_created', ['status', 'createdAt', 'id'])
/** One open flag per member and post: a partial unique index written by hand in the migration. */
@Index('uq_forum_flags_open', { synchronize: false })
export class ForumFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => ForumPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: ForumPost;

  @Column({ type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Member;

  @Column({ type: 'enum', enum: FlagReason, enumName: 'forum_flag_reason' })
  reason: FlagReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({
    type: 'enum',
    enum: FlagStatus,
    enumName: 'forum_flag_status',
    default: FlagStatus.OPEN,
  })
  status: FlagStatus;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const FORUM_ENTITIES = [
  ForumCategory,
  ForumTopic,
  ForumPost,
  ForumPostRevision,
  ForumReaction,
  ForumReadState,
  ForumCategoryWatch,
  ForumTopicWatch,
  ForumFlag,
];
