export async function assertGuidesValid(): Promise<void> {}
