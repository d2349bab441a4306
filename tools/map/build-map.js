// Projects Natural Earth country outlines onto the map's box (equirectangular: x from longitude, y from latitude)
// and prints an SVG. The box and size must match MapProjection.cs in src/SyriaTalks.Web/Features/Places.
const fs = require('fs');
const topojson = require('topojson-client');

const box = { west: 29.0, east: 49.0, south: 28.0, north: 41.5 }; // Syria, Lebanon, Israel/Palestine, Jordan, Iraq, Turkey's south, Cyprus
const width = 1000;
const height = Math.round(width * (box.north - box.south) / (box.east - box.west));
const x = lon => ((lon - box.west) / (box.east - box.west)) * width;
const y = lat => ((box.north - lat) / (box.north - box.south)) * height;

const topo = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const countries = topojson.feature(topo, topo.objects.countries).features;

function ringPath(ring) {
  // Drop points closer than half a pixel to the previous one: same picture, a far smaller file.
  let d = '';
  let last = null;
  for (const [rawLon, rawLat] of ring) {
    // Points far outside the box are pulled onto a frame just beyond it: the visible picture barely changes
    // and the rest of big neighbours (Egypt, Iran, Saudi Arabia) costs a few points instead of thousands.
    const lon = Math.min(Math.max(rawLon, box.west - 1), box.east + 1);
    const lat = Math.min(Math.max(rawLat, box.south - 1), box.north + 1);
    const p = [x(lon), y(lat)];
    if (last && Math.abs(p[0] - last[0]) < 0.5 && Math.abs(p[1] - last[1]) < 0.5) continue;
    d += (d ? 'L' : 'M') + p[0].toFixed(1) + ' ' + p[1].toFixed(1);
    last = p;
  }
  return d + 'Z';
}

function touchesBox(geometry) {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.some(r => r.some(([lon, lat]) => lon > box.west - 5 && lon < box.east + 5 && lat > box.south - 5 && lat < box.north + 5));
}

const labels = {
  Syria: [38.5, 35.0], Lebanon: [35.6, 33.9], Israel: [34.9, 31.0], Jordan: [36.8, 30.9], Iraq: [43.8, 33.0],
  Turkey: [35.5, 39.3], Cyprus: [33.2, 35.05], Egypt: [31.0, 29.0], 'Saudi Arabia': [41.0, 28.7], Iran: [47.6, 34.5], Palestine: [35.3, 31.9],
};

let out = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">\n`;
out += `<!-- Natural Earth 1:50m countries (public domain) via npm world-atlas@2.0.2; built by tools/map/build.sh. Box: lon ${box.west}..${box.east}, lat ${box.south}..${box.north}, equirectangular. -->\n`;
out += `<rect width="${width}" height="${height}" fill="rgba(100,150,200,0.12)"/>\n`;
for (const f of countries) {
  if (!f.geometry || !touchesBox(f.geometry)) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polys.map(p => p.map(ringPath).join('')).join('');
  const name = f.properties.name;
  const syria = name === 'Syria';
  out += `<path d="${d}" fill="${syria ? 'rgba(120,120,120,0.38)' : 'rgba(128,128,128,0.18)'}" stroke="#8a8a8a" stroke-width="${syria ? 1.6 : 0.8}"><title>${name}</title></path>\n`;
}
for (const [name, [lon, lat]] of Object.entries(labels)) {
  const lx = x(lon), ly = y(lat);
  if (lx < 0 || lx > width || ly < 0 || ly > height) continue;
  out += `<text x="${lx.toFixed(0)}" y="${ly.toFixed(0)}" font-family="sans-serif" font-size="${name === 'Syria' ? 22 : 15}" fill="#8a8a8a" text-anchor="middle">${name}</text>\n`;
}
out += '</svg>\n';
process.stdout.write(out);
