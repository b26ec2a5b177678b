import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// GET /build-info: which image answers, and how many products the store has. Outside
// /store and /admin, so it needs neither a publishable API key nor an admin login.
// The benchmark's "code change" edits this file.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })

  res.json({
    service: "medusa-backend",
    revision: process.env.GIT_SHA ?? "dev",
    worker_mode: process.env.MEDUSA_WORKER_MODE ?? "shared",
    products: metadata?.count ?? 0,
  })
}
