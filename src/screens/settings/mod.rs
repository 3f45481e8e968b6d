//! Settings: unit, rounding and training-max percent; bar and collars; the
//! plate inventory; equipment per exercise (a trap bar, a dumbbell rack). Every change goes through `Action::Settings` and is saved
//! in the stored document.

mod bar;
mod equipment;
mod equipment_form;
mod plates;
mod units;

use crate::components::editable::Editable;
use bar::BarCard;
use equipment::EquipmentCard;
use plates::PlatesCard;
use units::UnitsCard;
use yew::prelude::*;

pub fn settings_screen() -> Html {
    html! {
        <section class="screen settings">
            <Editable>
                <UnitsCard />
                <BarCard />
                <PlatesCard />
                <EquipmentCard />
            </Editable>
            // Other cards (data backup/import) are added below this line.
            <crate::components::backup_settings::BackupSettings />
            <crate::components::data_section::DataSection />
        </section>
    }
}
