//! Refuses to build with a malformed wheel definition, so a county's edit shows up as a clear
//! message here instead of a blank screen in a child's browser.

#[allow(dead_code)]
#[path = "src/domain/wheel.rs"]
mod wheel;

fn main() {
    println!("cargo:rerun-if-changed=content/wheel.json");
    println!("cargo:rerun-if-changed=src/domain/wheel.rs");
    if let Err(error) = wheel::WheelDefinition::from_json(wheel::SHIPPED_WHEEL_JSON) {
        eprintln!("error: content/wheel.json: {error}");
        std::process::exit(1);
    }
}
