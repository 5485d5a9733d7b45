/** The tests' small guide lives in tests/fixtures (lib tests may not import components/). */
export { TEST_GUIDE } from '../tests/fixtures/test-guide';
