// stdin: 3 4\n10 20 30\n
// Reading all of stdin at once and parsing numbers.
using System;
using System.Linq;

string all = Console.In.ReadToEnd();
Console.WriteLine("chars=" + all.Length);
var nums = all.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
Console.WriteLine("count=" + nums.Length);
Console.WriteLine("sum=" + nums.Sum());
Console.WriteLine("max=" + nums.Max());
