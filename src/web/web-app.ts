import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from 'helmet';

/** Where `npm run build` puts the client (vite build -> dist/web). WEB_DIST_DIR overrides it. */
export function webDistDir(): string {
  return process.env.WEB_DIST_DIR || join(process.cwd(), 'dist', 'web');
}

/** Paths that belong to the API, never to the client's routes. */
const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/public', '/auth', '/dev'];

/**
 * The members' app: strict CSP, no inline scripts. Inline style attributes are allowed because
 * Mantine sets CSS variables through `style`; scripts, fonts, images and connections stay 'self'.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Security headers for every response. The strict CSP applies everywhere except, outside
 * production, the Apollo sandbox page at GET /graphql (it needs inline scripts and its CDN).
 */
export function securityHeaders(production: boolean) {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...APP_CSP_DIRECTIVES,
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const sandbox = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    !production && req.method === 'GET' && req.path === '/graphql'
      ? sandbox(req, res, next)
      : strict(req, res, next);
}

function isClientRoute(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.path;
  if (API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/**
 * Serves the built client at `/`: hashed files under assets/ cached for a year (immutable),
 * index.html never cached, and index.html for every extension-less client route (a missing
 * /assets/x.js stays a 404). Returns false when no build exists (API-only start).
 */
export function serveWebApp(app: NestExpressApplication, dir = webDistDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res: Response, filePath: string) => {
      if (filePath.startsWith(join(dir, 'assets'))) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isClientRoute(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
