// minimal: an array indexed by a long beyond the 32-bit range throws IndexOutOfRangeException
// (conv.ovf.i to a 64-bit native int does not overflow on x64)
int[] arr = new int[3];
long big = 1L << 33;
try { Console.WriteLine(arr[big]); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
