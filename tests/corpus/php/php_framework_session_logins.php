<?php

// application/controllers/Members.php - CodeIgniter 3 member area
class Members extends CI_Controller
{
    public function signin()
    {
        $email = $this->input->post('email', true);
        $member = $this->member_model->find_by_email($email);
        if ($member && $this->member_model->check_password($member, $this->input->post('password'))) {
            // expect: session-fixation
            $this->session->set_userdata(['member_id' => $member->id, 'logged_in' => true]);
            redirect('members/home');
        }
        $this->session->set_flashdata('error', 'Wrong email or password');
        redirect('members/signin');
    }

    public function signin_safe()
    {
        $member = $this->member_model->find_by_email($this->input->post('email', true));
        if ($member && password_verify($this->input->post('password'), $member->password_hash)) {
            $this->session->sess_regenerate(true);
            // safe: session-fixation
            $this->session->set_userdata('member_id', $member->id);
            redirect('members/home');
        }
    }
}

// src/Controller/BackofficeLoginController.php - hand-written Symfony login
final class BackofficeLoginController
{
    public function __invoke(Request $request, UserPasswordHasherInterface $hasher, OperatorRepository $operators): Response
    {
        $operator = $operators->findOneByLogin((string) $request->request->get('login'));
        if (null === $operator || !$hasher->isPasswordValid($operator, (string) $request->request->get('password'))) {
            return new Response('Invalid credentials', 401);
        }
        $session = $request->getSession();
        // expect: session-fixation
        $session->set('operator_id', $operator->getId());
        return new RedirectResponse('/backoffice');
    }
}

final class BackofficeLoginControllerFixed
{
    public function __invoke(Request $request, UserPasswordHasherInterface $hasher, OperatorRepository $operators): Response
    {
        $operator = $operators->findOneByLogin((string) $request->request->get('login'));
        if (null === $operator || !$hasher->isPasswordValid($operator, (string) $request->request->get('password'))) {
            return new Response('Invalid credentials', 401);
        }
        $session = $request->getSession();
        $session->migrate(true);
        // safe: session-fixation
        $session->set('operator_id', $operator->getId());
        return new RedirectResponse('/backoffice');
    }

    public function rememberFilter(Request $request): Response
    {
        // safe: session-fixation
        $request->getSession()->set('filter_state', $request->query->all());
        return new Response('ok');
    }
}

// legacy/login.php - old intranet page, passwords stored as sha1
function intranet_login(mysqli $db, string $user, string $pass): bool
{
    $res = mysqli_query($db, "SELECT id, pwd FROM staff WHERE login = '" . mysqli_real_escape_string($db, $user) . "'");
    $row = mysqli_fetch_assoc($res);
    if ($row && $row['pwd'] === sha1($pass)) {
        // expect: session-fixation
        $_SESSION['staff_id'] = $row['id'];
        return true;
    }
    return false;
}

// legacy/bootstrap.php
function intranet_session_bootstrap(): void
{
    // expect: session-fixation
    ini_set('session.use_only_cookies', '0');
    // safe: session-fixation
    ini_set('session.use_strict_mode', '1');
    // expect: session-cookie-insecure
    header('Set-Cookie: PHPSESSID=' . session_id() . '; path=/');
    // safe: session-cookie-insecure
    header('Set-Cookie: last_tab=reports; path=/');
}

// legacy/cache.php
function intranet_session_store(): void
{
    ini_set('session.save_handler', 'memcached');
    // expect: session-insecure-store
    ini_set('session.save_path', 'mc1.intranet.lan:11211');
    session_start();
}
