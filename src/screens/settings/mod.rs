//! Settings: unit, rounding and training-max percent; bar and collars; the
//! plate inventory. Every change goes through `Action::Settings` and is saved
//! in the stored document.

mod bar;
mod plates;
mod units;

use crate::components::editable::Editable;
use bar::BarCard;
use plates::PlatesCard;
use units::UnitsCard;
use yew::prelude::*;

#[function_component]
pub fn SettingsScreen() -> Html {
    html! {
        <section class="screen settings">
            <Editable>
                <UnitsCard />
                <BarCard />
                <PlatesCard />
            </Editable>
            // Other cards (data backup/import) are added below this line.
            <crate::components::data_section::DataSection />
        </section>
    }
}
