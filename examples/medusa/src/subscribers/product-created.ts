import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Runs in the worker (MEDUSA_WORKER_MODE=worker or shared): with the Redis event bus
// the server emits product.created and a separate worker container picks it up.
export default async function productCreatedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(`product-created subscriber: product ${data.id}`)
}

export const config: SubscriberConfig = {
  event: "product.created",
}
