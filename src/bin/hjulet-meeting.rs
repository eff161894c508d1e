fn main() {
    console_error_panic_hook::set_once();
    hjulet::browser::offline::register_service_worker();
    leptos::mount::mount_to_body(hjulet::MeetingApp);
}
