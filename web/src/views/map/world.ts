/** The world's countries from world-atlas (Natural Earth 1:110m, bundled: no tile server, no CDN) as GeoJSON. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countries from 'world-atlas/countries-110m.json';

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;

export const WORLD: FeatureCollection = feature(topology, topology.objects.countries);
