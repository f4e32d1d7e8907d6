// List<T>: Insert/RemoveAt/RemoveAll/RemoveRange, Sort stability concerns avoided via keys,
// BinarySearch, FindIndex, ConvertAll, Reverse ranges, CopyTo, capacity-independent results,
// IndexOf/LastIndexOf, TrueForAll, ForEach, AsReadOnly, and collection expressions
var l = new List<int> { 5, 3, 8, 1, 9, 2 };
l.Insert(0, 7); l.Insert(l.Count, 4); l.InsertRange(2, new[] { 10, 11 });
Console.WriteLine(string.Join(",", l));
l.RemoveAt(1); l.Remove(8); l.Remove(100);
Console.WriteLine(string.Join(",", l) + " count=" + l.Count);
Console.WriteLine(l.RemoveAll(x => x % 2 == 0) + " -> " + string.Join(",", l));
l.AddRange(new[] { 6, 4, 12 });
l.Sort();
Console.WriteLine(string.Join(",", l) + " bs(9)=" + l.BinarySearch(9) + " bs(8)=" + l.BinarySearch(8));
l.Sort((a, b) => b.CompareTo(a));
Console.WriteLine(string.Join(",", l));
l.Reverse(1, 3);
Console.WriteLine(string.Join(",", l));
Console.WriteLine(l.FindIndex(x => x < 5) + " " + l.FindLastIndex(x => x > 5) + " " + l.Find(x => x > 100) + " " + l.FindLast(x => x > 5) + " " + string.Join("/", l.FindAll(x => x > 6)));
Console.WriteLine(string.Join(",", l.ConvertAll(x => x * 1.5)) + " " + l.TrueForAll(x => x > 0) + " " + l.Exists(x => x == 11));
var arr = new int[l.Count + 2];
l.CopyTo(arr, 1);
Console.WriteLine(string.Join(",", arr));
l.RemoveRange(0, 2);
Console.WriteLine(string.Join(",", l) + " " + l.GetRange(1, 2).Sum());
var dup = new List<string> { "a", "b", "a", "c", "a" };
Console.WriteLine(dup.IndexOf("a") + " " + dup.LastIndexOf("a") + " " + dup.IndexOf("a", 1) + " " + dup.IndexOf("z"));
var ro = dup.AsReadOnly();
dup.Add("d");
Console.WriteLine(ro.Count + " " + ro[5]);
int total = 0;
l.ForEach(x => total += x);
Console.WriteLine(total);
List<int> ce = [1, 2, .. l, 99];
Console.WriteLine(string.Join(",", ce));
int[] spread = [.. ce.Where(x => x > 5), 0];
Console.WriteLine(string.Join(",", spread));
var people = new List<(string Name, int Age)> { ("x", 30), ("y", 25), ("z", 30), ("w", 25) };
Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).Select(p => p.Name)));
var big = new List<int>();
for (int i = 0; i < 10000; i++) big.Add(i * 7 % 10007);
big.Sort();
Console.WriteLine(big[0] + " " + big[5000] + " " + big[^1] + " " + big.Count);
try { l[10] = 1; } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.ParamName); }
