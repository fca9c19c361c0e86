package com.example.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
@RequestMapping("/admin")
public class AdminController {
    @Value("${jwt.tokenHeader}")
    private String tokenHeader;
    @Autowired
    private AdminService adminService;

    // ruleid: spring-jwt-logout-without-revocation
    @RequestMapping(value = "/logout", method = RequestMethod.POST)
    @ResponseBody
    public CommonResult logout() {
        return CommonResult.success(null);
    }

    // ruleid: spring-jwt-logout-without-revocation
    @PostMapping("/signout")
    public ResponseEntity<Void> signOut() {
        return ResponseEntity.ok().build();
    }

    // ok: spring-jwt-logout-without-revocation
    @PostMapping("/logout2")
    public CommonResult logout(HttpServletRequest request) {
        return adminService.logout(request.getHeader(tokenHeader));
    }

    // ok: spring-jwt-logout-without-revocation
    @PostMapping("/logout3")
    public CommonResult logoff(@RequestHeader("Authorization") String header) {
        return CommonResult.success(tokenBlacklist.add(header));
    }

    // ok: spring-jwt-logout-without-revocation
    @PostMapping("/logout4")
    public CommonResult logout(Principal principal) {
        adminService.revokeTokens(principal.getName());
        return CommonResult.success(null);
    }
}
