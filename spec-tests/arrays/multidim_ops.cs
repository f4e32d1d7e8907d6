// rectangular arrays of several ranks: GetLength/Rank/Length, row-major enumeration, Array.Copy
// across ranks, Clear, non-zero lower bounds via Array.CreateInstance, and out-of-range access
int[,] m = new int[3, 4];
for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i, j] = i * 10 + j;
Console.WriteLine($"rank={m.Rank} len={m.Length} d0={m.GetLength(0)} d1={m.GetLength(1)} ub1={m.GetUpperBound(1)}");
Console.WriteLine(string.Join(",", m.Cast<int>()));
foreach (int v in m) Console.Write(v % 7);
Console.WriteLine();
var cube = new long[2, 3, 2];
long k = 0;
for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 2; c++) cube[a, b, c] = k++ * k;
Console.WriteLine(cube[1, 2, 1] + " " + cube.Length + " " + cube.Rank + " " + string.Join(" ", cube.Cast<long>()));
int[,] copy = (int[,])m.Clone();
copy[1, 1] = -1;
Console.WriteLine(m[1, 1] + " " + copy[1, 1]);
int[] flat = new int[12];
Buffer.BlockCopy(m, 0, flat, 0, 48);
Console.WriteLine(string.Join(",", flat));
Array.Clear(copy);
Console.WriteLine(copy.Cast<int>().Sum());
string[,] names = { { "a", "b" }, { "c", "d" }, { "e", "f" } };
Console.WriteLine(names[2, 1] + names.GetLength(0) + names.GetLength(1));
var lb = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
Console.WriteLine($"{lb.GetLowerBound(0)} {lb.GetUpperBound(0)} {lb.Length}");
lb.SetValue(99, 6);
Console.WriteLine(lb.GetValue(6));
var lb2 = (int[,])Array.CreateInstance(typeof(int), new[] { 2, 2 }, new[] { 1, -1 });
lb2[2, 0] = 7;
Console.WriteLine(lb2[2, 0] + " " + lb2.GetLowerBound(1));
try { m[3, 0] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
try { Console.WriteLine(lb2[0, 0]); } catch (IndexOutOfRangeException) { Console.WriteLine("below lower bound"); }
double[,] id = new double[3, 3];
for (int i = 0; i < 3; i++) id[i, i] = 1.5;
double trace = 0;
for (int i = 0; i < 3; i++) trace += id[i, i];
Console.WriteLine(trace);
ref int cell = ref m[2, 3];
cell += 1000;
Console.WriteLine(m[2, 3]);
var objs = new object[2, 2];
objs[0, 1] = "s"; objs[1, 0] = 5;
Console.WriteLine((objs[0, 0] == null) + " " + objs[0, 1] + " " + objs[1, 0]);
