//! MINUSMA Explorer, the browser app: views over the corpus that `build.rs` parsed and
//! embedded. State lives in the URL; the corpus is read-only.

mod app;
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod charts;
mod dom;
mod i18n;
mod mine;
mod route;
mod state;
mod url_state;
mod views;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
