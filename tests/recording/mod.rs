//! A test terminal for the running app's loop: it draws into a `TestBackend`, counts the
//! frames (each ends with a flush) and keeps what the app writes besides frames (the
//! clipboard's escape sequence).
#![allow(dead_code)]

use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The test terminal; its counters are shared with the test that reads them meanwhile.
pub struct Recording {
    /// The screen as drawn.
    pub inner: TestBackend,
    /// Frames drawn.
    pub frames: Arc<AtomicUsize>,
    /// Bytes written besides frames.
    pub written: Arc<Mutex<Vec<u8>>>,
    /// The screen as the last frame left it, a line of text per row.
    pub screen: Arc<Mutex<String>>,
}

impl Recording {
    /// A `width` × `height` terminal.
    pub fn new(width: u16, height: u16) -> Self {
        Self {
            inner: TestBackend::new(width, height),
            frames: Arc::default(),
            written: Arc::default(),
            screen: Arc::default(),
        }
    }

    /// What was written besides frames so far, as text.
    pub fn text(written: &Mutex<Vec<u8>>) -> String {
        String::from_utf8_lossy(&written.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Recording {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.written.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Backend for Recording {
    type Error = <TestBackend as Backend>::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, at: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(at)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        // A frame ends with a flush: one per frame drawn.
        self.frames.fetch_add(1, Ordering::SeqCst);
        let buffer = self.inner.buffer();
        let rows = buffer.content().chunks(usize::from(buffer.area.width.max(1)));
        let text = rows.map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n");
        *self.screen.lock().unwrap() = text.collect();
        self.inner.flush()
    }
}
