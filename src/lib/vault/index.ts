export { decodeNote, firstInvalidUtf8, type DecodedText } from "./decode";
export { scanVault, type VaultFile, type VaultScan } from "./scan";
