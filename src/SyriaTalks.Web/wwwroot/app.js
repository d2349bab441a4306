// Remembers the reader's light/dark choice in this browser (nothing leaves the machine).
window.syriaTalks = {
  getTheme: () => { try { return localStorage.getItem('syriatalks-theme'); } catch { return null; } },
  setTheme: (value) => { try { localStorage.setItem('syriatalks-theme', value); } catch { } },
};
