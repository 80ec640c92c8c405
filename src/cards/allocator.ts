// resvg's allocator (mimalloc) hands each freed pixmap back to the system and faults fresh pages
// in for the next card; in this virtual machine that more than doubled resvg's CPU per card. The
// setting is read from the process environment when resvg loads, and only the main thread's
// process.env writes to it: import this module in the main thread before any worker starts.
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
