/** What every post-build step receives (the built pages, read once) and its type (../post-build.ts runs them). */
import type { AstroIntegrationLogger } from 'astro';
import type { BuildStep } from '../build-steps';
import type { BuiltSite } from '../built-site';

export interface PostBuildContext {
  site: BuiltSite;
  logger: AstroIntegrationLogger;
}
export type PostBuildStep = BuildStep<PostBuildContext>;
