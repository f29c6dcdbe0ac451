import { profileByPackage, profileTop } from '../bench/lib/profile.ts';
for (const file of process.argv.slice(2)) {
  console.log(file);
  console.table(profileByPackage(file, 15));
  console.table(profileTop(file, 40));
}
