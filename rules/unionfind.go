package rules

// unionFind groups the integers 0..n-1 into disjoint sets: the clusters of
// spellings that name-variant and corpus mode build.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the representative of x's set.
func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union merges the sets of a and b; b's representative stays.
func (u unionFind) union(a, b int) { u[u.find(a)] = u.find(b) }
