# ruleid: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithms: ['HS256', 'RS256'])
# ok: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithms: ['RS256', 'RS384'])
# ruleid: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, { algorithms: ['HS512', 'ES256'] })
# ruleid: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithm: 'None')
# ruleid: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithm: header['alg'])
# ruleid: ruby-jwt-algorithm-not-pinned
JWT.encode(p, nil, 'none')
# ok: ruby-jwt-algorithm-not-pinned
JWT.encode(p, k, 'HS256')
# ok: ruby-jwt-algorithm-not-pinned
opts = { algorithms: %w[HS256 RS256] }
# ruleid: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, opts)
# ok: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithms: %w[RS256 RS512])
# ok: ruby-jwt-algorithm-not-pinned
JWT.decode(t, k, true, algorithms: ['HS256', 'HS512'])
# ok: ruby-jwt-algorithm-not-pinned
JWT.decode(t, nil, false, algorithm: 'none')
