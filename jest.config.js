/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  reporters: ['default', '<rootDir>/test/support/count-reporter.js'],
};
