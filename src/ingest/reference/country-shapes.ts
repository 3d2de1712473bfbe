/**
 * Is a point inside a country? Natural Earth's 1:10m country shapes (world-atlas, the
 * shapes the explorer draws) and turf's point-in-polygon test. Countries are matched by
 * ISO 3166-1 numeric code (i18n-iso-countries); a place in a dependent territory names
 * the territory (Nouméa: NC, not FR).
 *
 * At 1:10m small islands and some harbours fall outside the coastline (39 of Japan's 1,916
 * town halls: 利島村, 小笠原村, 江田島市 …), so a point off the coast counts as inside when it
 * lies within the country's bounding box (plus half a degree; one box each side of the
 * antimeridian) and inside no other country.
 * That still catches what the check is for: a place put on another continent (a
 * gazetteer's 山東省 in California, as one had it), in a neighbouring country, or with lat and lng swapped.
 */
import { readFileSync } from 'fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoPoint } from '../../records/records';

/** One Natural Earth shape of a country (properties.name: Natural Earth's name, "New Caledonia"). */
export type Shape = Feature<Polygon | MultiPolygon, { name: string }>;
type Box = [minLng: number, minLat: number, maxLng: number, maxLat: number];

const MARGIN = 0.5;

let shapes: Map<string, Shape[]> | null = null;

/** Shapes by ISO 3166-1 numeric code: several for some (Australia and its Ashmore and Cartier Islands are both 036). */
function shapesByNumericCode(): Map<string, Shape[]> {
  if (shapes) return shapes;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const collection = feature(topology, topology.objects.countries) as unknown as { features: Shape[] };
  shapes = new Map();
  for (const f of collection.features.filter((x) => x.id != null))
    shapes.set(String(f.id), [...(shapes.get(String(f.id)) ?? []), onOneSide(f)]);
  return shapes;
}

/**
 * The shape with every ring on one side of the antimeridian. world-atlas cuts shapes at
 * ±180°, but its quantisation writes some vertices on the cut as -180 in a ring that lies at
 * +180 (Fiji, Russia's Chukotka): taken as a plane polygon, such a ring spans the whole globe
 * at its latitudes, and Cairns or a town in arctic Canada would lie "inside" Fiji or Russia.
 */
function onOneSide(shape: Shape): Shape {
  const fix = (ring: Position[]): Position[] => {
    const east = ring.filter(([lng]) => Math.abs(lng) !== 180).reduce((sum, [lng]) => sum + lng, 0) >= 0;
    return ring.map(([lng, lat]) => (Math.abs(lng) === 180 ? [east ? 180 : -180, lat] : [lng, lat]));
  };
  const g = shape.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(fix) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((polygon) => polygon.map(fix)) };
  return { ...shape, geometry };
}

/** The country's shapes (ISO 3166-1 alpha-2); empty when Natural Earth has none for the code. */
export function shapesOf(alpha2: string): Shape[] {
  const numeric = countries.alpha2ToNumeric(alpha2);
  return numeric ? (shapesByNumericCode().get(numeric) ?? []) : [];
}

/**
 * The shape's bounding boxes: one for its parts east of the antimeridian and one for those
 * west of it, so that Fiji's or Russia's box is not the whole globe.
 */
function boxesOf(shape: Shape): Box[] {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const boxes = new Map<boolean, Box>();
  for (const polygon of polygons) {
    const east = polygon[0].reduce((sum, [lng]) => sum + lng, 0) >= 0;
    const box = boxes.get(east) ?? [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lng, lat] of polygon[0]) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
    boxes.set(east, box);
  }
  return [...boxes.values()];
}

const inBox = ([minLng, minLat, maxLng, maxLat]: Box, p: GeoPoint) =>
  p.lng >= minLng - MARGIN && p.lng <= maxLng + MARGIN && p.lat >= minLat - MARGIN && p.lat <= maxLat + MARGIN;

/**
 * Whether `point` lies in the country (ISO 3166-1 alpha-2): inside its shape, or off its
 * coast (in its bounding box and in no other country). Throws for a country without a shape.
 */
export function insideCountry(point: GeoPoint, alpha2: string): boolean {
  const own = shapesOf(alpha2);
  if (own.length === 0) throw new Error(`no country shape for "${alpha2}" in world-atlas`);
  const at: [number, number] = [point.lng, point.lat];
  if (own.some((shape) => booleanPointInPolygon(at, shape))) return true;
  if (!own.some((shape) => boxesOf(shape).some((box) => inBox(box, point)))) return false;
  for (const others of shapesByNumericCode().values()) {
    if (others !== own && others.some((shape) => booleanPointInPolygon(at, shape))) return false;
  }
  return true;
}
