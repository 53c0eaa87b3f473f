// Starts the documents worker (worker/, built by Trunk as minusma-worker.js and its wasm).
// Trunk's own loader shim passes the module's path the deprecated way, which logs a warning.
importScripts('./minusma-worker.js');
wasm_bindgen({ module_or_path: './minusma-worker_bg.wasm' });
