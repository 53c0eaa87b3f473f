//! MINUSMA Explorer, the browser app. For now a single page listing the seed documents, read
//! from the corpus that `build.rs` parsed and embedded; the explorer views come with the next
//! issue.

mod app;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
