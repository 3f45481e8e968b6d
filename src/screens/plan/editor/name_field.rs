//! The program's name.

use super::state::FieldKey;
use super::{bound_field, EditorPart};
use liftsheet_domain::program::edit::EditOp;
use std::rc::Rc;
use yew::prelude::*;

pub fn program_name_field(part: &EditorPart) -> Html {
    bound_field(
        part,
        FieldKey::ProgramName,
        "edit-name".into(),
        "Program name".into(),
        part.state.program().name.clone(),
        "text",
        None,
        Rc::new(|text, _| {
            liftsheet_domain::program::edit::check_name(text)?;
            Ok(EditOp::RenameProgram(text.to_string()))
        }),
    )
}
