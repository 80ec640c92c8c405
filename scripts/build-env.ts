// The environment every `astro build` of the hub runs with, set before Node starts (`npm run build`
// writes the same in package.json, which a test compares):
// - ASTRO_TELEMETRY_DISABLED: the build reports nothing to Astro.
// - MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown) and Astro's compiler link mimalloc, which reads
//   this when their libraries load, before any of the hub's code runs. With mimalloc's default
//   delay, the memory their threads freed during the bundling stays resident once the threads go
//   idle: about 110 MB of a 2,000-item build's 790 MB, 150 MB of a cold one's 1,300 MB. The card
//   workers' resvg gets "never" instead (src/cards/allocator.ts).
export const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' } as const;
