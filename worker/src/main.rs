//! The explorer's Web Worker (a second wasm, built by Trunk from this crate and loaded after
//! the first view, so the first load does not grow): it reads the documents a user adds with
//! the same engine as the command line, keeps them in IndexedDB, and sends the page the
//! corpus they make. See `worker.rs` for the messages.

// Natively only its tests use it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod library;
#[cfg(target_arch = "wasm32")]
mod worker;

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
