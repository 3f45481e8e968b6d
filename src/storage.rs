//! The only module that touches localStorage.
