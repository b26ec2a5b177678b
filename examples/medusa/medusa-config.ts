import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// One image, two roles (Medusa's deployment guide): MEDUSA_WORKER_MODE=server answers
// HTTP, MEDUSA_WORKER_MODE=worker runs subscribers and scheduled jobs, "shared" (the
// default) does both. A separate server and worker only share events through Redis, so
// with REDIS_URL set the Redis event bus, cache, workflow engine and locking are used;
// without it Medusa's in-memory modules are (fine for one "shared" process).
const redisUrl = process.env.REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: redisUrl
    ? [
        { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
        { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        {
          key: Modules.WORKFLOW_ENGINE,
          resolve: "@medusajs/medusa/workflow-engine-redis",
          options: { redis: { redisUrl } },
        },
        {
          key: Modules.LOCKING,
          resolve: "@medusajs/medusa/locking",
          options: {
            providers: [
              {
                resolve: "@medusajs/medusa/locking-redis",
                id: "locking-redis",
                is_default: true,
                options: { redisUrl },
              },
            ],
          },
        },
      ]
    : [],
})
