// LINQ to Objects: Where/Select/OrderBy/ThenBy/GroupBy/Join/Aggregate, query syntax, stable ordering.
using System;
using System.Collections.Generic;
using System.Linq;

record Emp(string Name, string Dept, int Salary, int Age);

class Program
{
    static void Main()
    {
        var emps = new List<Emp>
        {
            new("Ann", "Eng", 120, 34), new("Bob", "Eng", 100, 45), new("Cid", "Ops", 80, 29),
            new("Dee", "Ops", 95, 51), new("Eve", "Sales", 70, 23), new("Fay", "Eng", 100, 38),
        };
        Console.WriteLine(string.Join(",", emps.Where(e => e.Salary >= 100).Select(e => e.Name)));
        Console.WriteLine(string.Join(",", emps.OrderByDescending(e => e.Salary).ThenBy(e => e.Name).Select(e => $"{e.Name}:{e.Salary}")));
        Console.WriteLine(string.Join(",", emps.OrderBy(e => e.Dept).Select(e => e.Name)));
        foreach (var g in emps.GroupBy(e => e.Dept))
            Console.WriteLine($"{g.Key}: n={g.Count()} total={g.Sum(e => e.Salary)} avg={g.Average(e => e.Salary):F2} oldest={g.MaxBy(e => e.Age)!.Name}");
        var depts = new[] { ("Eng", "Building A"), ("Ops", "Building B"), ("Legal", "Building C") };
        var joined = from e in emps
                     join d in depts on e.Dept equals d.Item1
                     where e.Age > 30
                     orderby e.Name
                     select $"{e.Name}@{d.Item2}";
        Console.WriteLine(string.Join(" ", joined));
        var groupJoin = depts.GroupJoin(emps, d => d.Item1, e => e.Dept, (d, es) => $"{d.Item1}[{string.Join(",", es.Select(e => e.Name))}]");
        Console.WriteLine(string.Join(" ", groupJoin));
        Console.WriteLine(emps.Aggregate(0, (acc, e) => acc + e.Age) + " " + Enumerable.Range(1, 5).Aggregate((a, b) => a * b) + " " + new[] { "a", "b", "c" }.Aggregate("x", (s, t) => s + t, s => s.ToUpperInvariant()));
        Console.WriteLine(emps.Any(e => e.Age > 50) + " " + emps.All(e => e.Salary > 60) + " " + emps.Count(e => e.Dept == "Eng") + " " + emps.Min(e => e.Age) + " " + emps.Max(e => e.Salary));
        Console.WriteLine(string.Join(",", emps.Select(e => e.Dept).Distinct()) + " | " + string.Join(",", emps.DistinctBy(e => e.Salary).Select(e => e.Name)));
        Console.WriteLine(string.Join(",", emps.Skip(1).Take(3).Select(e => e.Name)) + " | " + string.Join(",", emps.TakeLast(2).Select(e => e.Name)) + " | " + string.Join(",", emps.SkipWhile(e => e.Dept == "Eng").Select(e => e.Name)));
        var lookup = emps.ToLookup(e => e.Age / 10 * 10);
        Console.WriteLine(string.Join(" ", lookup.OrderBy(l => l.Key).Select(l => $"{l.Key}s:{string.Join("+", l.Select(e => e.Name))}")));
        var dict = emps.ToDictionary(e => e.Name, e => e.Age);
        Console.WriteLine(dict["Dee"] + " " + dict.Count);
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 10).Where(n => n % 2 == 1).Select(n => n * n).Reverse()));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)) + " " + string.Join(",", new[] { 1, 2 }.SelectMany(n => Enumerable.Repeat(n, n))));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.Concat(new[] { 2, 5 }).Union(new[] { 7 }).Intersect(new[] { 1, 2, 7, 9 })) + " " + string.Join(",", new[] { 1, 2, 3, 4 }.Except(new[] { 2, 4 })));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 7).Chunk(3).Select(c => "[" + string.Join(",", c) + "]")) + " " + new[] { 5, 6 }.Prepend(4).Append(7).Sum());
        Console.WriteLine(emps.First(e => e.Age < 30).Name + " " + (emps.FirstOrDefault(e => e.Age > 90)?.Name ?? "none") + " " + emps.Last().Name + " " + emps.ElementAt(2).Name + " " + emps.Single(e => e.Salary == 70).Name);
        Console.WriteLine(new[] { 1.5, 2.5, 3.0 }.Average() + " " + new int[0].DefaultIfEmpty(-1).First() + " " + Enumerable.Empty<int>().Sum() + " " + new long[] { long.MaxValue / 2, 1 }.Sum());
        Console.WriteLine(string.Join(",", new[] { "bb", "a", "ccc", "dd" }.OrderBy(s => s.Length)) + " " + string.Join(",", new[] { 3, 1, 2 }.Order()) + " " + string.Join(",", new[] { 3, 1, 2 }.OrderDescending()));
        Console.WriteLine(string.Join(",", emps.CountBy(e => e.Dept).Select(kv => kv.Key + kv.Value)) + " " + string.Join(",", emps.Index().Where(p => p.Index % 2 == 0).Select(p => p.Item.Name)));
    }
}
