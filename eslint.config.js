// Lint rules CI runs: the recommended JS and TypeScript sets, a ban on unused code, and the
// pipeline's one direction of imports (a module may import its own layer and the layers below it).
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";

/** The layers, top to bottom: adapters → commands → render → answer → search → store → ingest → nlp → model. */
const LAYERS = [
  ["app", "src/app"],
  ["adapter", "src/{discord,cli}"],
  ["commands", "commands"],
  ["render", "src/render"],
  ["answer", "src/answer"],
  ["search", "src/search"],
  ["store", "src/store"],
  ["ingest", "src/ingest"],
  ["nlp", "src/nlp"],
  ["model", "src/model"],
];

export default tseslint.config(
  { ignores: [".scratch/", "node_modules/", "data/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["src/**/*.ts", "commands/**/*.ts"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true } },
      "boundaries/elements": LAYERS.map(([type, folder]) => ({ type, pattern: folder })),
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message: "Imports run one way, down the pipeline: {{from.type}} may not import {{to.type}} (see DESIGN.md)",
          policies: LAYERS.map(([type], i) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: LAYERS.slice(i).map(([below]) => below) } } } },
          })),
        },
      ],
    },
  },
);
