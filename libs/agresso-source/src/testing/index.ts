export { SOURCE_CONTRACT, collect } from './contract-cases.js';
export { CONTRACT_DATA, contractUser, manyContractUsers, neutralRow, syntheticUsers } from './contract-data.js';
export { formatCsv } from './format-csv.js';

export type { SourceContractCase, SourceContractHarness } from './contract-cases.js';
export type { ContractData, ContractRow, ContractValue } from './contract-data.js';
