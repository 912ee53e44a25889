/**
 * The unmetered supplies equivalent meter (UMSDS), used by {@link uk.mhhs.dataservice.rules.EquivalentMeter}.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>An inventory is a list of {@link uk.mhhs.dataservice.rules.unmetered.UnmeteredItem}s: charge code, circuit
 * watts, quantity, {@link uk.mhhs.dataservice.rules.unmetered.SwitchRegime}.</li>
 * <li>kWh of period i = Σ quantity × circuit watts × (fraction of the period switched on) × 0.5 / 1000;
 * dimming scales the watts within its window.</li>
 * <li>Dusk to dawn: on from sunset to sunrise (photocell offsets optional). On a UTC day the lamps are on
 * from 00:00Z until sunrise and from sunset until 24:00Z. Sunrise/sunset from commons-suncalc (visual, with
 * refraction) at the GSP group's representative location
 * ({@link uk.mhhs.dataservice.rules.unmetered.GspGroupLocations}).</li>
 * <li>Part night: dusk to dawn but off within a UK local-time window (e.g. 00:00–05:30, which is 23:00–04:30Z
 * in summer). Fixed hours: on within a UK local-time window, possibly across midnight. Dimming: a base regime
 * with watts scaled within UK local-time windows.</li>
 * <li>Local times are Europe/London; a time in the spring-forward gap moves forward an hour; in the autumn
 * overlap the earlier (BST) instant is used.</li>
 * </ul>
 * Reconstructed: the representative city per GSP group, the use of visual sunrise/sunset without an extra
 * switching lux level (use the photocell offsets), q = "A" for the output, the approximation of the previous
 * evening's sunset by today's minus 24 h (always before 00:00Z in Great Britain).
 */
package uk.mhhs.dataservice.rules.unmetered;
