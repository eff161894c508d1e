//! Handing a shared file over from one screen to another camera, with nothing in between: the
//! file's text as a looping sequence of QR codes ([`frames`]: the transfer and its fountain code;
//! [`qr`]: the codes themselves, drawn and read).

pub mod frames;
pub mod qr;
