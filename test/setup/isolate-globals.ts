/**
 * @nestjs/graphql keeps its type metadata on the process-wide `global` (so that two copies of the
 * package share it). Under Jest that object outlives a test file while the classes are loaded anew
 * for each file, so the next file would see the previous file's classes. Start each file clean.
 */
const g = global as Record<string, unknown>;
delete g.GqlTypeMetadataStorage;
delete g.GqlLazyMetadataStorageHost;
