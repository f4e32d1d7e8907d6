// Dictionary<K,V> enumeration order (insertion order until removals; freed slots are reused by
// later adds), TryAdd, TryGetValue, Remove with out value, indexer overwrite, keys/values views,
// custom comparer, ContainsValue, EnsureCapacity not changing order, and GetValueOrDefault
var d = new Dictionary<int, string>();
for (int i = 1; i <= 6; i++) d[i * 10] = "v" + i;
Console.WriteLine(string.Join(" ", d.Select(kv => $"{kv.Key}={kv.Value}")));
d.Remove(20);
d.Remove(40);
Console.WriteLine(string.Join(" ", d.Keys));
d[70] = "v7";
d[80] = "v8";
d[90] = "v9";
Console.WriteLine(string.Join(" ", d.Keys));
d[10] = "changed";
Console.WriteLine(string.Join(" ", d.Values));
Console.WriteLine(d.TryAdd(10, "x") + " " + d.TryAdd(11, "eleven") + " " + d.Count);
Console.WriteLine(d.Remove(30, out var removed) + " " + removed + " " + d.Remove(30, out var none) + " " + (none ?? "null"));
Console.WriteLine(d.TryGetValue(50, out var v50) + " " + v50 + " " + d.GetValueOrDefault(99, "dflt") + " " + d.ContainsValue("v9") + " " + d.ContainsKey(30));
d.EnsureCapacity(100);
Console.WriteLine(string.Join(" ", d.Keys));
var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Apple"] = 1 };
ci["APPLE"] += 5;
ci["banana"] = 2;
Console.WriteLine(string.Join(" ", ci.Select(kv => kv.Key + ":" + kv.Value)) + " " + ci.ContainsKey("BANANA"));
var byLen = new Dictionary<string, int>(new LenComparer()) { ["aa"] = 1, ["b"] = 2 };
byLen["cc"] = 3;
Console.WriteLine(string.Join(" ", byLen.Select(kv => kv.Key + ":" + kv.Value)));
var counts = new Dictionary<char, int>();
foreach (var ch in "mississippi") counts[ch] = counts.TryGetValue(ch, out var n) ? n + 1 : 1;
Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}{kv.Value}")));
foreach (var key in counts.Keys.ToList()) if (counts[key] > 2) counts.Remove(key);
Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}{kv.Value}")));
d.Clear();
d[5] = "five";
Console.WriteLine(d.Count + " " + d.First().Key);
var sorted = new SortedDictionary<string, int> { ["pear"] = 3, ["apple"] = 1, ["fig"] = 2 };
sorted["banana"] = 9;
sorted.Remove("fig");
Console.WriteLine(string.Join(" ", sorted) + " first=" + sorted.First().Key + " last=" + sorted.Keys.Last());
var sl = new SortedList<int, string> { [3] = "c", [1] = "a", [2] = "b" };
Console.WriteLine(string.Join(",", sl.Values) + " " + sl.IndexOfKey(3) + " " + sl.Keys[0]);
class LenComparer : IEqualityComparer<string>
{
    public bool Equals(string? a, string? b) => a?.Length == b?.Length;
    public int GetHashCode(string s) => s.Length;
}
