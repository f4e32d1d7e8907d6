// LINQ ordering (OrderBy/ThenBy stability, descending, custom comparers, Order), aggregates
// (Aggregate with seed/result, Sum/Min/Max/Average on various types, MinBy/MaxBy), Zip, Chunk,
// Take/Skip variants, partitioning with ranges, and element operators with defaults
var words = new[] { "delta", "Alpha", "charlie", "bravo", "echo", "alpha", "Bravo", "fox" };
Console.WriteLine(string.Join(" ", words.OrderBy(w => w.Length)));
Console.WriteLine(string.Join(" ", words.OrderBy(w => w.Length).ThenByDescending(w => w, StringComparer.Ordinal)));
Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)));
Console.WriteLine(string.Join(" ", words.Order(StringComparer.Ordinal)) + " | " + string.Join(" ", words.OrderDescending(StringComparer.Ordinal).Take(2)));
var recs = Enumerable.Range(0, 10).Select(i => (Key: i % 3, Id: i)).ToArray();
Console.WriteLine(string.Join(" ", recs.OrderBy(r => r.Key).Select(r => r.Id)));
Console.WriteLine(string.Join(" ", recs.OrderByDescending(r => r.Key).Select(r => r.Id)));
int[] nums = { 4, 8, 15, 16, 23, 42 };
Console.WriteLine(nums.Aggregate((a, b) => a * 2 + b) + " " + nums.Aggregate(100, (acc, n) => acc - n) + " " + nums.Aggregate("", (s, n) => s + n % 10, s => s.Length));
Console.WriteLine($"{nums.Sum()} {nums.Min()} {nums.Max()} {nums.Average()} {nums.Select(n => (long)n * n).Sum()} {nums.Select(n => n / 3.0).Sum():F6} {nums.Select(n => (decimal)n / 8).Average()}");
Console.WriteLine(words.MinBy(w => w.Length) + " " + words.MaxBy(w => w.Length) + " " + words.Max() + " " + words.Min(StringComparer.Ordinal));
Console.WriteLine(string.Join(" ", nums.Zip(words, (n, w) => w[..1] + n)) + " | " + string.Join(" ", nums.Zip(words).Take(2)));
Console.WriteLine(string.Join(" ", nums.Zip(words, new[] { true, false }).Select(t => $"{t.First}{t.Second}{t.Third}")));
Console.WriteLine(string.Join(" | ", Enumerable.Range(1, 10).Chunk(4).Select(c => string.Join(",", c))));
Console.WriteLine(string.Join(",", nums.Skip(2).Take(2)) + " " + string.Join(",", nums.TakeLast(2)) + " " + string.Join(",", nums.SkipLast(4)) + " " + string.Join(",", nums.TakeWhile(n => n < 16)) + " " + string.Join(",", nums.Take(1..3)) + " " + string.Join(",", nums.Take(^2..)));
Console.WriteLine($"{nums.First(n => n > 10)} {nums.FirstOrDefault(n => n > 100)} {nums.FirstOrDefault(n => n > 100, -1)} {nums.LastOrDefault()} {nums.ElementAt(2)} {nums.ElementAtOrDefault(50)} {nums.ElementAt(^1)}");
Console.WriteLine($"{nums.Any(n => n > 40)} {nums.All(n => n % 2 == 0)} {nums.Contains(15)} {nums.Count(n => n > 10)} {nums.LongCount()} {Array.Empty<int>().DefaultIfEmpty(7).Single()}");
Console.WriteLine(string.Join(",", nums.Reverse()) + " " + nums.SequenceEqual(new[] { 4, 8, 15, 16, 23, 42 }) + " " + string.Join(",", nums.Index().Where(t => t.Index % 2 == 1).Select(t => t.Item)));
Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3)) + " " + string.Join(",", Enumerable.Range(5, 4).Select((v, i) => v * i)) + " " + Enumerable.Empty<int>().Sum());
Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Append(4).Prepend(0).Concat(new[] { 9 })) + " " + string.Join(",", "hello".ToHashSet().Order()) + " " + new[] { 3, 1 }.ToDictionary(x => x, x => x * x)[3]);
try { nums.Single(n => n > 10); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
try { Array.Empty<string>().First(); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
