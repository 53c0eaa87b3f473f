//! MINUSMA Explorer, the browser app. For now a single page that runs the corpus engine on
//! the seed documents in the browser and lists them with their facts; the explorer views come
//! with the next issues.

mod app;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
