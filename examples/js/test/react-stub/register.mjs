// node --import ./examples/js/test/react-stub/register.mjs: resolve "react" to the stub.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === "react") {
          return { url: ${JSON.stringify(new URL("./react.mjs", import.meta.url).href)}, shortCircuit: true };
        }
        return next(specifier, context);
      }`),
  import.meta.url,
);
