import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// A scheduled job: runs only where the worker runs (MEDUSA_WORKER_MODE=worker or shared),
// every minute, and logs the product count so the worker's work shows in its logs.
export default async function heartbeatJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })
  logger.info(`heartbeat job: ${metadata?.count ?? 0} products`)
}

export const config = {
  name: "heartbeat",
  schedule: "* * * * *",
}
