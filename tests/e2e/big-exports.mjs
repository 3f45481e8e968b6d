// Export files too big to commit, made on the spot (tests and scripts/import-size.mjs).

/**
 * A Strong export of `rows` sets (about 64 bytes each: 400,000 rows are
 * 25 MB): workouts of 20 sets, a few a day from 2014 on, four lifts.
 */
export function strongExport(rows) {
  const lines = ["Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"];
  const lifts = ["Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)", "Overhead Press (Barbell)"];
  for (let i = 0; i < rows; i++) {
    const workout = Math.floor(i / 20);
    const day = new Date(Date.UTC(2014, 0, 1 + Math.floor(workout / 6))).toISOString().slice(0, 10);
    const time = `${String(6 + (workout % 6) * 2).padStart(2, "0")}:00:00`;
    lines.push(`${day} ${time},Day ${workout % 6},1h,${lifts[(i >> 2) % 4]},${(i % 5) + 1},${60 + (i % 40)},5,0,0,,,`);
  }
  return Buffer.from(lines.join("\n") + "\n");
}

