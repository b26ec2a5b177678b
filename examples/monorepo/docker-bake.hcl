# Both images of the monorepo in one `docker buildx bake` instead of a matrix of builds:
# the base image, pnpm and the steps the two Dockerfiles share are resolved once, and one
# report shows both targets. buildstage runs bake in this file's directory, so contexts are
# relative to examples/monorepo.
#   uses: buildstage/buildstage@v1
#   with:
#     bake: examples/monorepo/docker-bake.hcl
#     targets: changed        # or api,web; empty: the default group
#     push: true

variable "REGISTRY" {
  default = "123456789012.dkr.ecr.eu-west-1.amazonaws.com"
}

group "default" {
  targets = ["api", "web"]
}

target "api" {
  context    = "."
  dockerfile = "apps/api/Dockerfile"
  tags       = ["${REGISTRY}/mono/api"]
}

target "web" {
  context    = "."
  dockerfile = "apps/web/Dockerfile"
  tags       = ["${REGISTRY}/mono/web"]
}
