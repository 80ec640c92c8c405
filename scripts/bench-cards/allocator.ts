// Imported first: the candidates load resvg in this thread, and must measure it with the allocator
// setting the build's card workers have (src/cards/allocator.ts).
import { keepFreedPages } from '../../src/cards/allocator.ts';

keepFreedPages();
